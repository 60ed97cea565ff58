import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes';

// Batch 29 (Singapore daily, Kenyan county assembly, Caribbean cricket, US statehouse, UK trade press, Indian
// Supreme Court, South African mining, wire reaction round-up): the kinds it showed, in sentences of my own.
describe('batch 29: capitals label lines, age and nationality, county assembly letters, match officials, qualified roles, subjects before a body, described colleagues', () => {
  it.each([
    ['"NAME, ROLE, FIRM:" label line in capitals: the name and role as running text writes them', 'The bank cut rates. Following is reaction:\n\nNORA VEDDER, HEAD OF RESEARCH, ALDER BANK:\n\n“This is early.”', 'Nora Vedder', 'Head of Research'],
    ['a capitals label keeps short letters after the name (CEO)', 'Following is reaction:\n\nTOBIAS KERN, CEO, LINDQVIST FUNDS:\n\n“We expected it.”', 'Tobias Kern', 'CEO'],
    ['counter-case: a label line in running case is read as before', 'Following is reaction:\n\nNora Vedder, head of research, Alder Bank:\n\n“This is early.”', 'Nora Vedder', 'head of research'],
    ['"said the 31-year-old Antiguan": an age and a nationality stand for the one person named', 'Club captain Ravi Sealey-Brandt admitted the side had struggled.\n\n“We were poor in the middle overs,” said the 29-year-old Barbadian.', 'Ravi Sealey-Brandt', 'Club captain'],
    ['"Ward MCA X" then "said X": the Kenyan county assembly member\'s letters are a role', 'Kibera ward MCA Ruth Achieng Onyango backed the motion.\n\n“Parents queued for days,” said Onyango.', 'Ruth Achieng Onyango', 'MCA'],
    ['"Match referee X": a match official\'s post is a role', 'Match referee Colin Ashby said the pitch was fit. “Both captains agreed,” Ashby said.', 'Colin Ashby', 'Match referee'],
    ['"Additional Solicitor General X": the Indian rank word keeps its place in the office', 'The bench heard the State.\n\nAdditional Solicitor General Vikram Joshi told the court the land was in the flood plain.\n\n“These are not ordinary houses,” Joshi said.', 'Vikram Joshi', 'Additional Solicitor General'],
    ['"Independent rock engineer Dr X" after a paragraph closing on a quote: adjective and noun both qualify the role', 'The union spoke. “Two men are dead.”\n\nIndependent rock engineer Dr Thandi Mabaso said deep mining carried risks. “At those depths the rock moves,” she said.', 'Thandi Mabaso', 'Independent rock engineer'],
    ['counter-case: a capitalised noun before a noun and the role stays out ("State committee chairman Datuk Seri X")', 'State committee chairman Datuk Seri Azmi Hassan visited. “All evacuees get meals,” he said.', 'Azmi Hassan', 'chairman'],
    ['counter-case: a verb before the noun and the role noun stays out', 'Police found the rock engineer Thandi Mabaso asleep. “At those depths the rock moves,” she said.', 'Thandi Mabaso', 'engineer'],
  ])('%s', (_, text, speaker, role) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.role ?? null).toBe(role);
  });

  it.each([
    ['"X of the Institute of Food Policy said …" then "he said": the person named before a body is the subject, not a spokesman quoted before', 'A spokesman for the board said fees would stay. “Fees are fixed,” the spokesman said.\n\nAssociate Professor Wen Hao Tan of the Asia Institute of Transport Studies said the plan was sound.\n\n“The detail is in the scoring,” he said.', 'Wen Hao Tan', 'name'],
    ['"said Ms Lim." ending a paragraph gives the next paragraph\'s "Daniel Koh" no "Ms"', 'Aileen Goh said she would raise it.\n\n“Our hawkers are ours,” said Ms Goh.\n\nMarcus Teo said the plan was sound.\n\n“The detail is in the scoring,” he said.', 'Marcus Teo', 'name'],
    ['counter-case: a man named after a woman\'s "Ms" in the same run is still hers to title', 'Ms Aileen Goh said the plan was sound.\n\n“The detail is in the scoring,” she said.', 'Aileen Goh', 'name'],
    ['"A colleague of the deceased, who …, described …" then "he said": the described person, not the man quoted before', 'Chief executive Pieter Botha denied it. “Every report is logged,” he said.\n\nA colleague of the dead men, who did not want to be named, described the mood as heavy. “Nobody is talking,” he said.', 'A colleague', 'description'],
    ['counter-case: a colleague given a name is that person', 'Chief executive Pieter Botha denied it. “Every report is logged,” he said.\n\nA colleague, Sipho Zulu, described the mood as heavy. “Nobody is talking,” he said.', 'Sipho Zulu', 'name'],
    ['counter-case: an age and a capitalised body is no person ("the 150-year-old Institute")', 'Club captain Ravi Sealey-Brandt admitted the side had struggled.\n\n“We were poor in the middle overs,” said the 150-year-old Institute.', 'the 150-year-old Institute', 'description'],
  ])('%s', (_, text, speaker, kind) => {
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.speakerKind).toBe(kind);
  });
});
