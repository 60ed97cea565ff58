// `That was the response from a spokesperson for <Body>` in the paragraph after a quote: the speaker is that
// description, not the body's capitals (the fifty-fifth held-out set showed a body's name read as the speaker), in fresh
// sentences of my own, with the counter-case of a named person after the same frame.
import { kindTable, ANY, DESCRIBED } from './kind-table';

kindTable('`That was the response from a spokesperson for <Body>` after a quote is a described speaker', [
  ['`from a spokesperson for the X Authority, who …`', `The firm declined to comment.\n\n"Each objection will be weighed carefully before any permit is granted."\n\nThat was the response from a spokesperson for the Coastal Waters Authority, who said a ruling was months away.`, 'Each objection', DESCRIBED, ANY],
  ['`of a spokesperson for the trust that runs the X Site`', `The walkers met at the gate.\n\n"Any change to the listed boundary takes years of study."\n\nThat was the response of a spokesperson for the trust that runs the Greyfell Heritage Site, who added that staff would visit.`, 'Any change', DESCRIBED, ANY],
  ['counter-case: a named person after the frame stays the speaker', `The firm declined to comment.\n\n"Each objection will be weighed carefully before any permit is granted."\n\nThat was the response from Dana Kirby, a spokesperson for the Coastal Waters Authority.`, 'Each objection', 'Dana Kirby', ANY],
]);
