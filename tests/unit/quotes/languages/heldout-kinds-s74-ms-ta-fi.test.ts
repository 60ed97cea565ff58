// Malaysian Indian names (the fifty-fourth held-out set showed `a/l` inside a name breaking it, so the place closing the
// body's name before it was read as the speaker), in fresh sentences of my own, with counter-cases.
import { kindTable, ANY } from './kind-table';

const QUOTE = '“Kami sudah tunggu tiga tahun untuk jeti baharu,” katanya semalam.';

/** `Ravi a/l Subramaniam`, `Kavitha a/p Murugan`: "son/daughter of" joins the father's name, as `bin` and `binti` do (names.ts). */
kindTable('A Malaysian Indian name runs through `a/l` and `a/p`', [
  ['office over a body, then `X a/l Y berkata`; `katanya` in the next paragraph', `Pengerusi Persatuan Nelayan Kuala Beruang, Subramaniam a/l Krishnan berkata, jeti itu sudah lama rosak.\n\n${QUOTE}`, 'Kami sudah', 'Subramaniam a/l Krishnan', 'Pengerusi Persatuan Nelayan'],
  ['`kata X a/p Y, nelayan`', '“Kami sudah tunggu tiga tahun untuk jeti baharu,” kata Kavitha a/p Murugan, nelayan di situ.', 'Kami sudah', 'Kavitha a/p Murugan', 'nelayan'],
  ['English papers write `s/o`', '"We waited three years for the jetty," said Rajesh s/o Anandan, a fisherman.', 'We waited', 'Rajesh s/o Anandan', 'fisherman'],
  ['counter-case: `binti` as before', `Pengerusi Persatuan Nelayan Kuala Beruang, Zaleha binti Osman berkata, jeti itu sudah lama rosak.\n\n${QUOTE}`, 'Kami sudah', 'Zaleha binti Osman', ANY],
  ['counter-case: a name with no particle is unchanged', `Pengerusi Persatuan Nelayan Kuala Beruang, Ahmad Zaki berkata, jeti itu sudah lama rosak.\n\n${QUOTE}`, 'Kami sudah', 'Ahmad Zaki', 'Pengerusi Persatuan Nelayan'],
]);
