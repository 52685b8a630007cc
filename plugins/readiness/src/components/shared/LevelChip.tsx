import { Chip } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import StarIcon from '@material-ui/icons/Star';
import { ReadinessLevel } from '@readiness/plugin-readiness-common';

const useStyles = makeStyles(theme => ({
  reached: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
}));

/** The level an entity reached, or a neutral chip when it reached none. */
export function LevelChip(props: {
  level: ReadinessLevel | null;
  size?: 'small' | 'medium';
}) {
  const classes = useStyles();
  if (!props.level) {
    return <Chip size={props.size} label="No level yet" variant="outlined" />;
  }
  return (
    <Chip
      size={props.size}
      icon={<StarIcon />}
      label={props.level.title}
      className={classes.reached}
    />
  );
}
