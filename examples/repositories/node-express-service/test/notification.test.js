const { test } = require('node:test');
const assert = require('node:assert');

test('a notification needs an address', () => {
  assert.ok(true);
});
