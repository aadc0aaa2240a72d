/**
 * English cues for the event types of `spec/taxonomy.md` (ACLED sub-event types plus Diplomacy,
 * Political and Analysis). Each cue is a regex source matched case-insensitively on whole words;
 * `weight` says how strongly one match points to the type.
 */
export interface EventTypeCue {
  readonly label: string;
  readonly pattern: string;
  readonly weight: number;
}

export const EN_EVENT_TYPE_CUES: readonly EventTypeCue[] = [
  { label: 'Armed clash', pattern: 'clash(?:es|ed)?|fighting|fought|firefights?|skirmish(?:es)?|exchanges? of fire|exchanged fire|gunfire|shoot-?outs?|incursions?|sabotage|repel(?:led|s)?|repulsed|battles?|hostilities|snipers?|opened fire|small arms|ceasefire violations?|attempted to (?:penetrate|cross|advance)|offensive|combat|armed (?:provocation|incident)|frontline|front line|line of contact|contact line', weight: 1 },
  { label: 'Shelling/artillery/missile attack', pattern: 'shell(?:ed|ing|s)?|artillery|mortars?|rockets?|missiles?|ballistic|Grad|Smerch|howitzers?|cluster munitions|bombard(?:ed|ment)?|Iskander|Tochka', weight: 1 },
  { label: 'Air/drone strike', pattern: 'drones?|UAVs?|unmanned aerial|air ?strikes?|warplanes?|fighter jets?|helicopters?|loitering munitions?|Bayraktar|kamikaze|aircraft', weight: 1 },
  { label: 'Remote explosive/landmine/IED', pattern: 'landmines?|mine blast|stepped on a mine|mine explosion|IEDs?|improvised explosive|explosive device|unexploded', weight: 1.5 },
  { label: 'Abduction/forced disappearance', pattern: 'abduct(?:ed|ion)|kidnapp?(?:ed|ing)|taken hostage', weight: 1.5 },
  { label: 'Agreement', pattern: 'sign(?:s|ed|ing)? (?:a |an |the )?(?:[a-z-]+ )?(?:deal|agreement|accord|declaration|ceasefire|truce)|(?:deal|agreement|accord|declaration|document) (?:was|were|has been|had been|is) (?:signed|reached)|(?:deal|agreement|accord|declaration) (?:on|to) (?:end(?:ing)?|halt(?:ing)?|stop(?:ping)?)|(?:total|complete|full) ceasefire|mutually released|release of (?:\\d+|[a-z]+)(?: [a-z]+)? (?:prisoners|servicemen|soldiers|POWs|detainees|captives)|ceasefire agreement|cease-?fire deal|truce|peace (?:deal|agreement|accord|treaty)|signed (?:a|an|the) (?:deal|agreement|statement|declaration)|sign(?:ed)? (?:a|an) (?:deal|agreement)|trilateral statement|exchanged? (?:of )?(?:prisoners|bodies|POWs|detainees)|prisoner (?:swap|exchange)|exchange of (?:prisoners|bodies|POWs)|swap|repatriat(?:ed|ion)|handed over|released (?:\\d+|[a-z]+) (?:prisoners|POWs|soldiers|servicemen)|delimitation|agreed to', weight: 1.5 },
  { label: 'Non-violent transfer of territory', pattern: 'handed (?:back|over) (?:the )?(?:district|region|territory)|withdr[ae]w(?:al)? from (?:the )?(?:district|region)', weight: 1 },
  { label: 'Arrests', pattern: 'arrest(?:ed|s)?|detained', weight: 0.6 },
  { label: 'Other', pattern: 'build-?up|military exercises|drills|blockade|blocked|evacuat(?:ed|ion)|displac(?:ed|ement)|mobili[sz]ation|martial law|troops (?:massed|gathered|assembled)', weight: 0.7 },
  { label: 'Protest', pattern: 'protest(?:s|ers|ed)?|rall(?:y|ies)|demonstrat(?:ion|ions|ors)|marched', weight: 1 },
  { label: 'Diplomacy', pattern: 'talks|negotiat(?:ions|ed|ing)|summit|met with|meeting|condemn(?:ed|s)?|urg(?:ed|es)|called on|appeal(?:ed)?|sanctions|recogni[sz](?:e|ed|ition)|mediat(?:or|ion|ed)|foreign minister|diplomat(?:s|ic)?|envoy|Minsk Group|co-chairs', weight: 0.5 },
  { label: 'Political', pattern: 'elections?|referendum|parliament(?:ary)?|voters?|resign(?:ed|ation)|inaugurat(?:ed|ion)|constitution', weight: 0.8 },
];
