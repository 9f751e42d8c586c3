// The coachee's private life, health, study and leading a team take valence by what they mean for her (rules 9-11,
// 17): illness, bereavement and a marriage under strain are problems; recovery, exams passed and a team member
// held to an agreement are strengths.
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('private life and health', () => {
  it('hears illness, loss and strain at home as problems, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('Her mother was admitted to hospital last week and she has been visiting every evening.'),
        inEnglish('He told me his marriage is under strain.'),
        inEnglish('She cares for her mother-in-law and has no time left for herself.'),
        'Haar rugklachten zijn weer opgespeeld en ze heeft twee dagen verzuimd.',
        'Sinds de scheiding slaapt hij bij een vriend.',
        'Ze mantelzorgt voor haar schoonmoeder en komt niet meer aan zichzelf toe.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears recovery and energy returning as progress, and a boundary between work and home as no divorce', () => {
    assertRuleLabels(
      [inEnglish('She is on the mend and feels better every week.'), 'Haar energie is weer op peil.'],
      'valence',
      'strength',
    );
    assertRuleLabels(['Ze bespreekt de scheiding tussen werk en privé.'], 'valence', 'neutral');
  });
});

describe('study', () => {
  it('hears exams passed, an internship found and admission as progress', () => {
    assertRuleLabels(
      [
        inEnglish('She has found an internship at a law firm.'),
        inEnglish('He got a 7 for his essay, his best mark so far.'),
        'Ze heeft een stageplek gevonden bij een advocatenkantoor.',
        'Ze is toegelaten tot de master.',
        'Ze heeft haar propedeuse binnen.',
      ],
      'valence',
      'strength',
    );
  });
  it('hears lectures missed, a negative study decision and a thesis put off as problems', () => {
    assertRuleLabels(
      [
        inEnglish('He has been given a negative study progress decision.'),
        'Hij blijft zijn scriptie voor zich uit schuiven.',
        'Hij is dit blok nauwelijks naar college geweest.',
        'Hij heeft een negatief bindend studieadvies gekregen.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('leading a team', () => {
  it('hears letting go and holding people to agreements as strengths, meddling as a problem', () => {
    assertRuleLabels(
      [
        inEnglish('He handed the planning over to his deputy and did not interfere.'),
        inEnglish('She now holds her staff to their agreements directly.'),
        'Hij heeft de planning overgedragen aan zijn plaatsvervanger en zich er niet mee bemoeid.',
        'Ze spreekt medewerkers nu direct aan op afspraken.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [inEnglish('He keeps meddling in his team’s work.'), 'Hij verloor zijn zelfbeheersing in het teamoverleg.'],
      'valence',
      'weakness',
    );
  });
});

describe('career setbacks and the coachee’s kindness to herself', () => {
  it('hears a promotion missed and a business losing money as problems, though "promotion" is a strength word', () => {
    assertRuleLabels(
      [
        inEnglish('He was passed over for promotion again.'),
        inEnglish('His business is losing money.'),
        'Hij is opnieuw gepasseerd voor een promotie.',
        'Ze merkte dat haar schouders zich aanspanden zodra haar manager binnenkwam.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears the signs of stress recognised early, self-compassion and a business started as strengths', () => {
    assertRuleLabels(
      [
        inEnglish('He now recognises the signs of stress earlier.'),
        'Hij herkent de signalen van stress nu eerder.',
        'Ze is milder voor zichzelf dan vroeger.',
        'Ze is voor zichzelf begonnen.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('a run of weeks and being hit by news', () => {
  it('lets a strength outweigh the count of weeks it kept up, and hears news that hits hard as a problem', () => {
    assertRuleLabels(
      [
        inEnglish('She has been on time three weeks running.'),
        inEnglish('She kept her afternoons free three weeks running.'),
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [
        inEnglish('She was late three weeks running.'),
        inEnglish('The news hit her hard.'),
        'Dat raakt je meer dan je had verwacht.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('what others in the coachee’s world do', () => {
  it('hears applause, a party and belief in her as recognition, in both languages (rule 17)', () => {
    assertRuleLabels(
      [
        inEnglish('Her team gave her a round of applause after the presentation.'),
        inEnglish('Her mentor believes she is ready for the next step.'),
        'Zijn collega’s verrasten hem met een taart bij zijn eenjarig jubileum.',
        'Haar mentor vindt dat ze klaar is voor de volgende stap.',
      ],
      'valence',
      'strength',
    );
  });
  it('hears work piled on her, blame and threats as pressure', () => {
    assertRuleLabels(
      [
        inEnglish('Her manager keeps adding tasks to her list without asking.'),
        inEnglish('His partner has threatened to leave if nothing changes.'),
        'Haar leidinggevende schuift steeds taken naar haar toe zonder te overleggen.',
        'Haar directeur gaf haar waar het bestuur bij was de schuld van de vertraging.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(['HR heeft gevraagd om voor vrijdag een update over haar terugkeer.'], 'focus', 'coachee');
  });
});

describe('decisions', () => {
  it('hears an option chosen or an offer turned down on her values as a decision, going along against her judgement as a problem', () => {
    assertRuleLabels(
      [
        inEnglish('He opted for the part-time contract.'),
        'Ze heeft het aanbod afgeslagen omdat het niet bij haar waarden past.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [
        inEnglish("He went along with his manager's plan against his own judgement."),
        'Hij ging mee in het plan van zijn manager, tegen zijn eigen oordeel in.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('Flemish report-speak', () => {
  it('hears managing on one’s own as a strength and "schrik" as fear', () => {
    assertRuleLabels(['Ze heeft haar plan getrokken met de nieuwe planning.'], 'valence', 'strength');
    assertRuleLabels(['Hij heeft schrik om zijn mening te zeggen in de vergadering.'], 'valence', 'weakness');
  });
});
