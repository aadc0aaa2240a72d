/** Stories: incidents chained by time, place and actors, each with a timeline. */
export { buildStories, DEFAULT_STORY_OPTIONS } from './stories.js';
export type { Story, StoryContext, StoryEvent, StoryOptions } from './stories.js';
export { withFigures } from './figures.js';
export type { StoryFigure, StoryWithFigures } from './figures.js';
export { storiesOf, storyContext } from './load.js';
