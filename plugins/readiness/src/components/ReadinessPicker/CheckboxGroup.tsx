import { Checkbox, FormControlLabel, FormGroup } from '@material-ui/core';

/** A group of checkboxes over options, with the ticked ids as its value. */
export function CheckboxGroup<T extends string>(props: {
  label?: string;
  labelledBy?: string;
  options: { id: T; title: string }[];
  selected: T[];
  disabled: boolean;
  onChange: (selected: T[]) => void;
}) {
  const { options, selected, disabled, onChange } = props;
  return (
    <FormGroup aria-label={props.label} aria-labelledby={props.labelledBy}>
      {options.map(option => (
        <FormControlLabel
          key={option.id}
          control={
            <Checkbox
              size="small"
              color="primary"
              checked={selected.includes(option.id)}
              disabled={disabled}
              onChange={e =>
                onChange(
                  e.target.checked
                    ? [...selected, option.id]
                    : selected.filter(id => id !== option.id),
                )
              }
            />
          }
          label={option.title}
        />
      ))}
    </FormGroup>
  );
}
