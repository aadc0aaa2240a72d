import type { PlaceAnnotation } from '../model/annotation.js';
import { withAnnotations } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';

const ID = 'places.v1';

/** Marks every gazetteer place named in the text, with its coordinates. */
export const places = defineStage({
  id: ID,
  requires: [],
  assigns: ['place'],
  run(doc, ctx) {
    const found: PlaceAnnotation[] = ctx.lexicon.findPlaces(doc.text).map((m) => ({
      kind: 'place',
      by: ID,
      start: m.start,
      end: m.end,
      placeId: m.place.id,
      name: m.place.name,
      placeType: m.place.type,
      country: m.place.country,
      lat: m.place.lat,
      lon: m.place.lon,
    }));
    return withAnnotations(doc, found);
  },
});
