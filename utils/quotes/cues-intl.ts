/**
 * Attribution cues beyond English, one small module per language in ./lang (French, German,
 * Spanish, Italian, Portuguese, Russian and Ukrainian, Arabic, Hebrew, Japanese, Chinese, Korean).
 * The English reader in cues.ts runs first; these are tried when it finds nothing.
 */

export { isReportingVerbAlone, speakerAfterInOtherLanguages, speakerBeforeInOtherLanguages } from './lang';
