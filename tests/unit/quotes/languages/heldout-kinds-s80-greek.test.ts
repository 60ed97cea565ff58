// Greek tags the sixtieth held-out set showed read wrong (the sixtieth held-out set showed a qualified office before an apposed
// name, `η διευθύνουσα σύμβουλος …, X Y`; a gerund after a subjectless verb, `», είπε γελώντας.`; and a lone quote's next
// paragraph pointing back with "this" as a verb's object, `Αυτό επεσήμανε ο X Y, …`), in fresh sentences of my own, with counter-cases.
import { kindTable, UNNAMED } from './kind-table';

const QUOTE = '«Το λιμάνι γεμίζει λάσπη κάθε χειμώνα και κανείς δεν έρχεται να το καθαρίσει»';

/** `», δήλωσε η αναπληρώτρια υπουργός …, X Y.`: a word qualifying the office (participle, adjective) before the role noun. */
kindTable('Greek: a qualified office, then the name set off by a comma', [
  ['`ο διευθύνων σύμβουλος του …, X Y`', `${QUOTE}, είπε ο διευθύνων σύμβουλος του οργανισμού λιμένα, Αριστείδης Μπούρας.`, 'Το λιμάνι', 'Αριστείδης Μπούρας', 'διευθύνων σύμβουλος'],
  ['a feminine participle: `η διευθύνουσα σύμβουλος`', `${QUOTE}, δήλωσε η διευθύνουσα σύμβουλος της ναυτιλιακής, Ερασμία Κοντού.`, 'Το λιμάνι', 'Ερασμία Κοντού', 'διευθύνουσα σύμβουλος'],
  ['an adjective: `η δημοτική σύμβουλος της αντιπολίτευσης`', `${QUOTE}, τόνισε η δημοτική σύμβουλος της αντιπολίτευσης, Ευανθία Ρήγα.`, 'Το λιμάνι', 'Ευανθία Ρήγα', 'δημοτική σύμβουλος'],
  ['counter-case: a relative of an office holder is not that office', `${QUOTE}, είπε η κόρη του δημάρχου, Μαρίνα Σταθοπούλου.`, 'Το λιμάνι', 'Μαρίνα Σταθοπούλου', null],
]);

const INTRO = 'Στην προβλήτα, ο 74χρονος Λεωνίδας Παπαδάκης, συνταξιούχος ψαράς, μάζευε τα δίχτυα του. Εδώ δούλευε από παιδί.';

/** `«…», είπε γελώντας.`: how it was said; the subject left out is the person the paragraph before brought in. */
kindTable('Greek: a gerund after a verb whose subject is left out', [
  ['`είπε γελώντας`', `${INTRO}\n\n${QUOTE}, είπε γελώντας. «Εμείς πάντως μένουμε».`, 'Το λιμάνι', 'Λεωνίδας Παπαδάκης', 'συνταξιούχος ψαράς'],
  ['a gerund with its object: `λέει δείχνοντας τη βάρκα του`', `${INTRO}\n\n${QUOTE}, λέει δείχνοντας τη βάρκα του.`, 'Το λιμάνι', 'Λεωνίδας Παπαδάκης', 'συνταξιούχος ψαράς'],
  ['counter-case: a subject after the gerund is the speaker', `${INTRO}\n\n${QUOTE}, είπε χαμογελώντας ο δήμαρχος Θεμιστοκλής Αργυρού.`, 'Το λιμάνι', 'Θεμιστοκλής Αργυρού', 'δήμαρχος'],
]);

const LONE = `Η ράμπα του λιμανιού έμεινε κλειστή όλη την ημέρα.\n\n${QUOTE}.\n\n`;

/** `«…».\n\nΑυτό επεσήμανε ο X Y, πρόεδρος …`: "this" (or "the above") the object of a verb of saying points back at the lone quote. */
kindTable('Greek: "this is what X said" opening the paragraph after a lone quote', [
  ['`Αυτό επεσήμανε ο X Y, …` (the augmented past)', `${LONE}Αυτό επεσήμανε ο Σωκράτης Μελετίου, πρόεδρος του αλιευτικού συλλόγου, ο οποίος βρέθηκε στην προβλήτα.`, 'Το λιμάνι', 'Σωκράτης Μελετίου', 'πρόεδρος'],
  ['`Τα παραπάνω ανέφερε η X Y, …`', `${LONE}Τα παραπάνω ανέφερε η Χρυσάνθη Βλάχου, κάτοικος της παραλίας, μιλώντας στους δημοσιογράφους.`, 'Το λιμάνι', 'Χρυσάνθη Βλάχου', 'κάτοικος'],
  ['`Αυτά τόνισε ο X Y`', `${LONE}Αυτά τόνισε ο Ηλίας Κωστόπουλος, ιδιοκτήτης ταβέρνας στην παραλία.`, 'Το λιμάνι', 'Ηλίας Κωστόπουλος', 'ιδιοκτήτης'],
  ['counter-case: `Αυτό σημαίνει ότι ο X Y …` says nothing of who spoke', `${LONE}Αυτό σημαίνει ότι ο Σωκράτης Μελετίου θα πληρώσει ξανά για το καθάρισμα.`, 'Το λιμάνι', UNNAMED, null],
]);
