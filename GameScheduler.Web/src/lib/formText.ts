// Conversions between what number inputs hold (text as typed) and request bodies. Anything that is
// not a number is sent as such (it serializes as null), so the Api reports it beside the field.

export const optionalNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

export const numberListText = (numbers: number[]): string => numbers.join(', ');

export const parseNumberList = (text: string): number[] =>
  text
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .map(Number);
