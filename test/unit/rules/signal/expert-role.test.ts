import assert from 'node:assert/strict';
import { lint } from '../../../helpers';

describe('signal/expert-role', () => {
  it('fires on advice and names the words, in the report’s language', () => {
    assert.deepEqual(lint('signal/expert-role', 'Ik heb haar geadviseerd eerst met haar teamleider te praten.'), [
      '0:0-0:60 signal/expert-role: Je geeft hier advies of antwoorden, of de coachee vraagt je erom (“geadviseerd”). Wat vond de coachee zelf?',
    ]);
    assert.deepEqual(lint('signal/expert-role', 'I gave him three tips for the interview.'), [
      '0:0-0:40 signal/expert-role: You give advice or answers here, or the coachee asks you for them (“tips”). What did the coachee find?',
    ]);
  });
  it('stays silent when the coachee finds the answer', () => {
    assert.deepEqual(lint('signal/expert-role', 'Zij bedacht zelf drie mogelijke aanpakken.'), []);
    assert.deepEqual(lint('signal/expert-role', 'Ze reikte zelf een oplossing aan.'), []);
    assert.deepEqual(lint('signal/expert-role', 'She answered the question herself.'), []);
  });
  it('hears the coach answering and handing out solutions, also looking back (rule 32)', () => {
    for (const text of [
      'Ik heb die vraag beantwoord in plaats van hem terug te leggen.',
      'Achteraf vind ik dat ik te snel in de adviesstand schoot.',
      'Ik denk nu dat ik veel heb aangereikt en weinig heb gevraagd.',
      'I answered her question before she had finished asking it.',
      'I went straight into fix-it mode.',
    ]) {
      assert.equal(lint('signal/expert-role', text).length, 1, text);
    }
  });
  it('follows the message locale setting and can be turned off', () => {
    assert.match(
      lint('signal/expert-role', 'Ik gaf haar drie tips.', { locale: 'en' })[0]!,
      /You give advice or answers here/u,
    );
    assert.deepEqual(
      lint('signal/expert-role', 'Ik gaf haar drie tips.', { severity: { 'signal/expert-role': 'off' } }),
      [],
    );
  });
});
