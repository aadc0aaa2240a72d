/**
 * Every document stage, registered in one place (spaCy's lesson: one registry, no circular imports).
 */
import { actors } from '../annotate/actors.js';
import { casualties } from '../annotate/casualties/index.js';
import { dates } from '../annotate/dates/index.js';
import { eventType } from '../annotate/event-type.js';
import { language } from '../annotate/language.js';
import { numbers } from '../annotate/numbers.js';
import { places } from '../annotate/places.js';
import { sentences } from '../annotate/sentences.js';
import type { Stage } from './stage.js';

export const STAGES: ReadonlyMap<string, Stage> = new Map(
  [language, sentences, dates, numbers, actors, places, eventType, casualties].map((s) => [s.id, s]),
);
