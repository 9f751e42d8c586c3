// Seeded generator of realistic session reports for the benchmark: Dutch and English, with front
// matter, headings, paragraphs and (nested) lists, of a chosen length. Same seed, same text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = {
  nl: [
    'Ze besloot zelf om het gesprek met haar teamleider deze week aan te gaan.',
    'Hij voelt zich onzeker in het overleg en twijfelt of hij de rol aankan.',
    'Ik heb het model van de dramadriehoek uitgelegd en daarna een oefening gedaan.',
    'Ik heb haar geadviseerd om eerst haar agenda leeg te maken.',
    'Haar manager steunt het plan om vier dagen te werken.',
    'We hebben samen gekeken naar wat haar de afgelopen weken heeft geholpen.',
    'Hij stelt lastige gesprekken uit tot ze uit de hand lopen.',
    'Ze noemde haar doorzettingsvermogen als haar belangrijkste kwaliteit.',
    'Volgens mij is hij vooral bang om fouten te maken.',
    '"Ik was zenuwachtig, maar ik heb het toch gezegd," vertelde ze.',
    'De volgende sessie is over drie weken, online.',
    'Hij bedacht zelf een nieuwe verdeling van de taken in het team.',
  ],
  en: [
    'She decided herself to have the conversation with her manager this week.',
    'He feels insecure in meetings and doubts whether he can do the job.',
    'I explained the drama triangle and then we did an exercise.',
    'I advised her to clear her calendar first.',
    'Her director supports the plan to work four days a week.',
    'We looked together at what helped her most in recent weeks.',
    'He postpones difficult conversations until they get out of hand.',
    'She named her persistence as her most important quality.',
    'I think he is mostly afraid of making mistakes.',
    '"I was nervous, but I said it anyway," she told me.',
    'The next session is in three weeks, online.',
    'He came up with a new way of sharing the tasks in the team.',
  ],
};
// Real reports hardly repeat a sentence; a time phrase with a number keeps generated ones apart too,
// so no cache gets more hits here than it would on a coach's own reports.
const when = {
  nl: ['in week', 'op dag', 'rond sessie', 'na gesprek', 'bij punt'],
  en: ['in week', 'on day', 'around session', 'after meeting', 'at item'],
};

function vary(sentence: string, language: 'nl' | 'en', next: () => number): string {
  const phrase = `${when[language][Math.floor(next() * when[language].length)]} ${1 + Math.floor(next() * 997)}`;
  return sentence.endsWith('.') ? `${sentence.slice(0, -1)}, ${phrase}.` : sentence;
}

const headings = { nl: ['Wat ging goed', 'Aandachtspunten', 'Mijn aanpak', 'Afspraken', 'Observaties'], en: ['What went well', 'Challenges', 'My approach', 'Agreements', 'Observations'] };
const names = ['Ilse', 'Ruud', 'Hanna', 'Daniel', 'Priya', 'Tom', 'Sanne', 'Karim', 'Lotte', 'Wim'];

/** One report of about `words` words. */
export function generateReport(seed: number, words: number, language: 'nl' | 'en' = seed % 2 ? 'nl' : 'en'): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const coachee = pick(names);
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const out = ['---', `coachee: ${coachee}`, `date: 2026-${month}-${day}`, `lang: ${language}`, '---', '', `# ${language === 'nl' ? 'Sessie' : 'Session'} ${1 + Math.floor(next() * 12)}`, ''];
  let count = 0;
  while (count < words) {
    out.push(`## ${pick(headings[language])}`, '');
    const blocks = 2 + Math.floor(next() * 3);
    for (let b = 0; b < blocks && count < words; b++) {
      if (next() < 0.5) {
        const items = 2 + Math.floor(next() * 4);
        for (let i = 0; i < items; i++) {
          const sentence = vary(pick(sentences[language]), language, next);
          out.push(`${next() < 0.2 ? '  ' : ''}- ${sentence}`);
          count += sentence.split(' ').length;
        }
      } else {
        const paragraph = Array.from({ length: 2 + Math.floor(next() * 4) }, () => vary(pick(sentences[language]), language, next));
        out.push(paragraph.join(' '));
        count += paragraph.join(' ').split(' ').length;
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/** A folder of `count` reports of about 600 words, one subfolder per coachee. */
export function generateWorkspace(folder: string, count: number, seed = 1): void {
  for (let i = 0; i < count; i++) {
    const coachee = names[i % names.length]!.toLowerCase();
    mkdirSync(join(folder, coachee), { recursive: true });
    writeFileSync(join(folder, coachee, `sessie-${String(i).padStart(5, '0')}.md`), generateReport(seed * 100_000 + i, 600));
  }
}
