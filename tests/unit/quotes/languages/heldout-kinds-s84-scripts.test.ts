// Sinhala names with initials and the particle `ද` (the sixty-fourth held-out set showed `<office> එච්. කේ. X ද Y මහතා`
// read as `Y`, and a clefted `X මහතා … අදහස් දැක්වූයේ මෙසේය.` before a quote read as no one), in fresh sentences of my
// own, with counter-cases.
import { kindTable, ANY, UNNAMED } from './kind-table';

const BODY = '“ළමයින්ට පොත් නැහැ. අපි දිගටම ඉල්ලනවා.”';

kindTable('A Sinhala name keeps its spaced initials and its particle `ද`', [
  ['`<office> ඩබ්. එම්. X ද Y මහතා පැවසුවේ, “…”`', `පාසලේ විදුහල්පති ඩබ්. එම්. සුනිල් ද අල්විස් මහතා පැවසුවේ, ${BODY}`, 'ළමයින්ට', 'ඩබ්. එම්. සුනිල් ද අල්විස්', ANY],
  ['a later `ද Y මහතා` is the same person in full', `පාසලේ විදුහල්පති ඩබ්. එම්. සුනිල් ද අල්විස් මහතා පැවසුවේ, ${BODY}\n\n“ගොඩනැගිල්ල පරණයි,” යැයි ද අල්විස් මහතා කීය.`, 'ගොඩනැගිල්ල', 'ඩබ්. එම්. සුනිල් ද අල්විස්', ANY],
  ['an indirect `X මහතා පැවසුවේ … බවයි.` introduces the `ඔහු` of the next quote, initials kept', 'ගොවි සංවිධානයේ ලේකම් කේ. පී. රංජිත් බණ්ඩාර මහතා පැවසුවේ වතුර නැති බවයි.\n\n“කුඹුරු වියළිලා ගිහින්,” යැයි ඔහු කීය.', 'කුඹුරු', 'කේ. පී. රංජිත් බණ්ඩාර', ANY],
  ['a later two-word short form is the person in full', 'ගොවි සංවිධානයේ ලේකම් කේ. පී. රංජිත් බණ්ඩාර මහතා පැවසුවේ වතුර නැති බවයි.\n\n“අපි බලාගෙන ඉන්නවා,” රංජිත් බණ්ඩාර මහතා පැවසීය.', 'අපි', 'කේ. පී. රංජිත් බණ්ඩාර', ANY],
  ['a clefted `… අදහස් දැක්වූයේ මෙසේය.` closing the paragraph before the quote', 'ආරක්ෂක නිලධාරී ටී. ඩී. සමන් පෙරේරා මහතා මේ ගැන අප සමඟ අදහස් දැක්වූයේ මෙසේය.\n\n“මුහුද රළුයි. බෝට්ටු යවන්න බැහැ.”', 'මුහුද', 'ටී. ඩී. සමන් පෙරේරා', ANY],
  ['counter-case: a name with no initials stays as written', 'ගොවි සංවිධානයේ ලේකම් රංජිත් බණ්ඩාර මහතා පැවසුවේ, “අපි බලාගෙන ඉන්නවා.”', 'අපි', 'රංජිත් බණ්ඩාර', ANY],
  ['counter-case: a sentence\'s last word and full stop is no initial', 'කුඹුරු වියළී ගොසිනි. රංජිත් බණ්ඩාර මහතා පැවසුවේ, “අපි බලාගෙන ඉන්නවා.”\n\n“වතුර කොහෙත්ම නැහැ,” යැයි බණ්ඩාර මහතා කීය.', 'වතුර', 'රංජිත් බණ්ඩාර', ANY],
  ['counter-case: `ද` after the name, "also", is no particle', '“අපිට උදව් ඕනෑ,” යැයි සුනිල් ද කීය.', 'අපිට', 'සුනිල්', ANY],
  ['an unnamed official on condition of anonymity is named by no words of that clause', 'අමාත්‍යාංශයේ ජ්‍යෙෂ්ඨ නිලධාරියෙක් නම හෙළි නොකිරීමේ කොන්දේසිය මත මෙසේ කීය: “අපි ගැටලුව හොඳින් දන්නවා. ඉක්මනින් විසඳනවා.”', 'අපි', UNNAMED, ANY],
]);
