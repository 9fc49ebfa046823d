/** The singular or the plural form, by the number itself. */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
