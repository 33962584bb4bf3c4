// LineIndex: offset → line/character in UTF-16 code units for every line-ending style.

import * as assert from 'node:assert/strict';
import { LineIndex } from '../../shared/report/lines';

describe('report LineIndex', function () {
  it('counts LF, CRLF and lone CR each as one line break', function () {
    const text = 'a\nbb\r\nccc\rdddd';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.position(text.indexOf('bb')), { line: 1, character: 0 });
    assert.deepEqual(index.position(text.indexOf('ccc') + 2), { line: 2, character: 2 });
    assert.deepEqual(index.position(text.indexOf('dddd') + 3), { line: 3, character: 3 });
  });

  it('puts the CR of a CRLF at the end of its line, not at the start of the next', function () {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.position(2), { line: 0, character: 2 });
    assert.deepEqual(index.position(4), { line: 1, character: 0 });
  });

  it('counts columns in UTF-16 code units, so an emoji takes two', function () {
    const text = 'x = "🔑" + KEY';
    assert.deepEqual(new LineIndex(text).position(text.indexOf('KEY')), { line: 0, character: 11 });
  });

  it('places the end of the text and out-of-range offsets on the last position', function () {
    const index = new LineIndex('one\ntwo\n');
    assert.deepEqual(index.position(8), { line: 2, character: 0 });
    assert.deepEqual(index.position(99), { line: 2, character: 0 });
    assert.deepEqual(index.position(-5), { line: 0, character: 0 });
    assert.deepEqual(new LineIndex('').position(0), { line: 0, character: 0 });
  });

  it('agrees with a naive split on a long mixed text', function () {
    const text = Array.from({ length: 500 }, (_v, i) => `line ${i}${['\n', '\r\n', '\r'][i % 3]}`).join('');
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset += 37) {
      const before = text.slice(0, offset).split(/\r\n|\r|\n/);
      // An offset between CR and LF belongs to the CR's line: the naive split would call it a new line.
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      assert.deepEqual(index.position(offset), { line: before.length - 1, character: before[before.length - 1].length }, `offset ${offset}`);
    }
  });
});
