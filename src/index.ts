/**
 * Library entry point: the pure stages, for programs that embed mailtriage.
 */

export { Accumulator } from './aggregate/accumulator.js';
export { buildReport } from './aggregate/build.js';
export type { Report } from './aggregate/model.js';
export { lookupReply } from './catalog/lookup.js';
export { classifyEvent } from './classify/classify.js';
export { LineParser } from './parse/line.js';
export { parseReplyText } from './parse/reply.js';
export { ZoneClock } from './parse/time.js';
export { renderJson } from './report/json.js';
export { renderText } from './report/text.js';
export type * from './types.js';
