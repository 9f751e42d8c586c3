import assert from 'node:assert/strict';
import { analyze, lint } from '../../../helpers';

const problemHeavy = [
  '# Sessie 3',
  '',
  'Hij voelt zich onzeker en twijfelt over alles wat hij doet op zijn werk.',
  'Het conflict met zijn collega loopt vast en hij slaapt er slecht door.',
  'Zijn grootste valkuil is dat hij problemen uitstelt tot ze te groot zijn.',
  'Hij heeft moeite met grenzen stellen en voelt zich vaak schuldig.',
].join('\n');

describe('balance/strength-weakness', () => {
  it('fires on the first heading when the strength share is below the threshold', () => {
    const [finding] = lint('balance/strength-weakness', problemHeavy);
    assert.match(finding!, /^0:0-0:10 balance\/strength-weakness: Probleemgericht: 0% van de woorden/u);
    assert.match(finding!, /“onzeker”/u);
  });
  it('stays silent when the threshold is lowered to zero or the report is balanced', () => {
    assert.deepEqual(lint('balance/strength-weakness', problemHeavy, { thresholds: { strengthShare: 0 } }), []);
    const balanced = `${problemHeavy}\nToch besloot hij zelf het gesprek aan te gaan en dat lukte goed.\nHij is trots op die stap en voelt zich sterker en zelfverzekerder.\nZijn creativiteit en doorzettingsvermogen zijn duidelijke kwaliteiten.\n`;
    assert.ok((analyze(balanced).balance.strengthShare ?? 0) >= 0.35);
    assert.deepEqual(lint('balance/strength-weakness', balanced), []);
  });
  it('does not judge a short note', () => {
    assert.deepEqual(lint('balance/strength-weakness', 'Hij is onzeker.'), []);
  });
  it('above kracht.maxFileSize gives the same balance, and keeps no sentences', () => {
    const full = analyze(problemHeavy);
    const reduced = analyze(problemHeavy, { maxFileSize: 100 });
    assert.deepEqual(reduced.balance, full.balance);
    assert.equal(reduced.sentences.length, 0);
    assert.ok(full.sentences.length > 0);
    assert.ok(reduced.findings.every((f) => f.ruleId.startsWith('balance/')));
  });
});
