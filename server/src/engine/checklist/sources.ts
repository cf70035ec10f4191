/** The documents the lessons come from, cited by every lesson that rests on them. */
export const TOKYO_2021 = 'Sanctioning Human Rights Violations: Magnitsky Laws in the World – Lessons Learned (University of Tokyo ILTR Hub and Human Rights Watch, 12–13 March 2021)';
export const IPAC_2023 = 'IPAC Tokyo Symposium roadmap (17 February 2023)';
export const JFIR_2021 = 'JFIR–Carnegie workshop on human rights and democracy (3 November 2021)';
