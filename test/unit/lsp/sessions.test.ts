import assert from 'node:assert/strict';
import { Sessions } from '../../../server/src/lsp/sessions';

describe('analysis sessions of open documents', () => {
  it('keeps one session per document, the eight analysed last, and drops a closed one', () => {
    const sessions = new Sessions();
    const a = sessions.of('file:///a.md');
    assert.equal(sessions.of('file:///a.md'), a, 'the same document, the same session');
    const others = Array.from({ length: 7 }, (_, i) => sessions.of(`file:///other-${i}.md`));
    // a.md is analysed again after the seven: a ninth document pushes out other-0, analysed longest ago.
    sessions.of('file:///a.md');
    sessions.of('file:///ninth.md');
    assert.equal(sessions.size, 8);
    assert.equal(sessions.of('file:///a.md'), a);
    assert.equal(sessions.of('file:///other-1.md'), others[1]);
    assert.notEqual(sessions.of('file:///other-0.md'), others[0], 'pushed out, it starts afresh');
    sessions.forget('file:///a.md');
    assert.notEqual(sessions.of('file:///a.md'), a, 'a closed document starts afresh');
  });
});
