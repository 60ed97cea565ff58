import { describe } from 'vitest';
import { runConventions, type ConventionCase } from './table';

/** Marks and dashes that are no direct quote: nothing is found. */
const NOT_QUOTES: ConventionCase[] = [
  ['en', 'scare quotes', 'The so-called “reform” was passed quietly on Friday night by the council.', []],
  ['en', 'a book title', 'Her novel “The Long Winter” won the prize last year.', []],
  ['en', 'a ship’s name', 'The tanker “Sea Falcon” ran aground near the port on Monday.', []],
  ['en', 'a nickname', 'Carlos “The Jackal” Ramirez was moved to another prison.', []],
  ['en', 'hyphens as list bullets', 'Items on the agenda:\n- Road repairs for the whole north district.\n- A new library for the old town centre.', []],
  ['en', 'a parenthetical dash', 'The mayor — who arrived late — did not speak to reporters at the meeting.', []],
  ['en', 'quoted words in headline-like lines', 'Read more\n“Budget” row deepens\nMayor’s “plan” questioned again', []],
  ['fr', 'a film title', 'Le film « La Grande Vadrouille » repasse ce soir à la télévision.', []],
  ['fr', 'a law’s name', 'La loi « Climat et résilience » entre en vigueur en janvier.', []],
  ['de', 'scare quotes', 'Die sogenannte „Reform“ sorgt in der Stadt für Ärger.', []],
  ['de', 'a TV title', 'Der Tatort „Schwarzer Winter“ läuft am Sonntag.', []],
  ['de', 'a company name', 'Die Firma „Nordlicht Energie“ meldete im Mai Insolvenz an.', []],
  ['es', 'a nickname', 'José "El Toro" Martínez fue detenido ayer en Sevilla.', []],
  ['es', 'a parenthetical dash', 'El alcalde —que llegó tarde— no habló con la prensa.', []],
  ['pt', 'an operation’s name', 'A operação "Lava Jato" completou dez anos nesta semana.', []],
  ['pt', 'a ship’s name', 'O navio "Santa Maria" atracou no porto ontem à tarde.', []],
  ['it', 'an operation’s name', 'L’operazione "Mare Nostrum" è terminata nel 2014.', []],
  ['it', 'a parenthetical dash', 'Il sindaco – arrivato in ritardo – non ha parlato con i giornalisti.', []],
  ['nl', 'a book title in single marks', 'Het boek ‘De avond’ werd in 1947 uitgegeven.', []],
  ['pl', 'a film title', 'Film „Pan Tadeusz” obejrzało ponad milion widzów.', []],
  ['pl', 'scare quotes', 'Tak zwana „reforma” wywołała protesty w całym kraju.', []],
  ['cs', 'a ship’s name', 'Loď „Vltava“ připlula do přístavu v pondělí.', []],
  ['ro', 'a ship’s name', 'Nava „Mircea” a ajuns în port duminică.', []],
  ['ru', 'a film title', 'Фильм «Брат» вышел на экраны в 1997 году.', []],
  ['ru', 'a company that reported', 'Компания «Газпром» сообщила о росте прибыли.', []],
  ['ru', 'an operation’s name', 'Операция «Буря в пустыне» началась в январе.', []],
  ['ru', 'a dash list', 'В программе праздника:\n— концерт на главной площади;\n— ярмарка народных ремёсел.', []],
  ['sv', 'a parenthetical dash', 'Kommunen – som äger marken – vill inte sälja den till bolaget.', []],
  ['sv', 'a dash list of results', 'Så röstade partierna:\n– Socialdemokraterna röstade ja till förslaget.\n– Moderaterna röstade nej till förslaget.', []],
  ['el', 'a ship’s name', 'Το πλοίο «Αιγαίο» έφτασε στο λιμάνι το πρωί.', []],
  ['he', 'a film title', 'הסרט "גבעת חלפון" שודר אתמול בערב.', []],
  ['ar', 'a company name', 'أعلنت شركة «النور» عن أرباحها السنوية.', []],
  ['ja', 'a book title in white corner brackets', '村上春樹の『ノルウェイの森』が再版された。', []],
  ['zh', 'a book title in 《》', '他的新书《长夜》昨日在北京出版。', []],
  ['zh', 'a law’s name in 《》', '王明在会上谈到了《劳动法》的修订。', []],
  ['ko', 'a film title in single marks', '영화 ‘기생충’이 올해 큰 상을 받았다.', []],
  ['hu', 'a ship’s name', 'A „Kossuth” nevű hajó reggel kikötött.', []],
];

describe('quote conventions: not quotes', () => {
  runConventions(NOT_QUOTES);
});
