// Phone numbers, postcodes, times and web addresses inside a right-to-left sentence. The
// Unicode bidi algorithm lets the spaces and dashes between digits take the sentence's
// direction, so in Arabic "030 123 4567" shows as "4567 123 030" and "09:00–12:00" as
// "12:00–09:00". Where such a value fills an element of its own, the element gets dir="ltr"
// (or is a <bdi>); inside a translated message it is wrapped in the isolate marks below, which
// browsers honour like a <bdi dir="ltr">. Only on right-to-left pages: elsewhere they are not
// needed, and the text stays exactly as it was (search, copy and paste, tests).
import { directionOf } from "./routing";

const LEFT_TO_RIGHT_ISOLATE = "\u2066";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

export function isolateLtr(text: string, locale: string): string {
  return directionOf(locale) === "rtl" ? `${LEFT_TO_RIGHT_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text;
}
