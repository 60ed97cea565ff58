/**
 * Nouns for a person made with an agent suffix, an occupation no list could hold whole: Hindi `-कार` (`वास्तुकार`, architect;
 * `मूर्तिकार`, sculptor), `-कर्ता` (`शोधकर्ता`, researcher) and `-विद्` (`भाषाविद्`, linguist); Urdu `-کار` (`اداکار`, actor).
 * Before a name they are its role, never part of it (`संरक्षण वास्तुकार X Y ने कहा`: X Y speaks). The suffixes also close
 * abstract nouns and one family name (`अधिकार`, right; `सरकार`, government and Sarkar): those are left out.
 */
const AGENT = /^[\u0900-\u097f]{2,}(?:कार|कर्ता|विद्?)$|^[\u0620-\u06d3]{2,}کار$/u;
const NOT_AGENT = new Set(
  ('सरकार अधिकार प्रकार आकार स्वीकार पुरस्कार संस्कार साक्षात्कार चमत्कार नमस्कार आविष्कार बहिष्कार तिरस्कार इनकार इंकार ' +
    'शिकार बेकार अहंकार अलंकार उपकार विकार अंधकार ओंकार हुंकार सत्कार प्रतिकार सरोकार ' +
    'سرکار انکار بیکار شکار اقرار').split(' '),
);

export const isAgentNoun = (token: string): boolean => AGENT.test(token) && !NOT_AGENT.has(token);
