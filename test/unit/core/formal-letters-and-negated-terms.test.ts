// A formal report's title names its coachee by title and surname, and "Hierbij ontvangt u …" is a remark about the
// report (rule 6); a negation a term is made of ("weinig ruimte") is that term's, not a turn of the problem before it
// (rule 10); a promotion panel is an event, not a promotion.
import * as assert from 'node:assert/strict';
import { inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

describe('a formal report to a sponsor', () => {
  it('names its coachee by the title and surname its heading ends in', () => {
    const title = '# Voortgangsrapportage mevrouw De Vries\n\n';
    const report = ruleAnalyze(
      `${title}Mevrouw De Vries startte het traject met veel onzekerheid over haar toekomst binnen de organisatie.`,
    );
    assert.equal(report.sentences[0]!.focus, 'coachee');
  });

  it('opens with a remark about the report', () => {
    const remark = ruleLabel(
      'Hierbij ontvangt u de tussentijdse rapportage over het coachtraject van mevrouw De Vries.',
    );
    assert.equal(`${remark.valence}/${remark.focus}`, 'neutral/neutral');
  });
});

describe('a negation a term is made of', () => {
  it('is that term’s, and turns no problem before it', () => {
    const dutch = 'Wel merkt zij dat haar huidige werkdruk haar weinig ruimte laat om zich te oriënteren.';
    assert.equal(ruleLabel(dutch).valence, 'weakness');
  });

  it('still turns a term that starts inside it', () => {
    assert.equal(ruleLabel(inEnglish('Not everything is easy for him yet.')).valence, 'weakness');
  });
});

describe('a promotion panel', () => {
  it('is an event, so the feeling about it decides', () => {
    assert.equal(ruleLabel(inEnglish('Very anxious re: promotion panel next week')).valence, 'weakness');
  });
});
