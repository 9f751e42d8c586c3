import assert from 'node:assert/strict';
import { messages } from '../../../server/src/core/messages';

/** Every string of a table, its functions called with sample arguments, by its path. */
function strings(table: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof table === 'string') found.set(path, table);
  else if (typeof table === 'function') found.set(path, (table as (...args: unknown[]) => string)('X', 2, '3'));
  else
    for (const [key, value] of Object.entries(table as object))
      for (const [p, s] of strings(value, `${path}.${key}`)) found.set(p, s);
  return found;
}

describe('the server’s messages in Dutch and English', () => {
  const nl = strings(messages.nl);
  const en = strings(messages.en);
  it('has every message in both languages, none empty', () => {
    assert.deepEqual([...nl.keys()], [...en.keys()]);
    for (const [path, text] of [...nl, ...en]) assert.ok(text.trim().length > 0, path);
  });
  it('is translated: the two languages differ except for the words they share', () => {
    const shared = new Set(['.focus.coach', '.focus.coachee']);
    for (const [path, text] of nl) if (!shared.has(path)) assert.notEqual(text, en.get(path), path);
  });
  it('speaks to the coach as "je"/"you", as the reflection questions do', () => {
    assert.equal(
      messages.nl.stopped.notice(messages.nl.stopped.stalled(30)),
      'Kracht heeft de analyse van dit verslag gestopt (30 seconden lang geen voortgang). De eerdere meldingen zijn weggehaald; Kracht probeert het opnieuw als je het verslag bewerkt.',
    );
    assert.equal(
      messages.en.stopped.notice(messages.en.stopped.stalled(30)),
      'Kracht stopped analysing this report (no progress for 30 seconds). Its earlier diagnostics are removed; Kracht tries again when you edit the report.',
    );
    assert.equal(messages.nl.sectionShares('62%', '71%'), 'sterktes 62% · coachee 71%');
    assert.equal(messages.en.reframePrompt('Sanne'), ' *(What did Sanne do with this?)*');
  });
});
