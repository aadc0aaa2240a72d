import type { EventTypeCue } from '../en/event-types.js';

const S = (stems: readonly string[]): string => stems.map((s) => `${s}\\p{L}*`).join('|');

/**
 * Event-type cues for languages other than English: the commonest words for fighting, shelling,
 * drones, agreements and talks, by stem. Enough to type a report and keep it apart from other kinds
 * of news; English keeps the fuller table.
 */
export const EVENT_TYPE_CUES_BY_LANGUAGE: Readonly<Record<string, readonly EventTypeCue[]>> = {
  ru: [
    { label: 'Armed clash', pattern: S(['столкновени', 'бо[йиеёя]', 'боев', 'перестрелк', 'сражени', 'нападени', 'диверс', 'провокаци', 'вооружённ', 'вооруженн', 'пересечь границ', 'захват', 'отброс', 'отбит']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['обстрел', 'артиллер', 'минометн', 'миномётн', 'ракетн', 'снаряд']), weight: 1 },
    { label: 'Air/drone strike', pattern: S(['беспилотник', 'дрон', 'авиаудар', 'БПЛА']), weight: 1 },
    { label: 'Agreement', pattern: S(['перемири', 'соглашени', 'обмен пленн', 'договорённост', 'договоренност', 'подписал']), weight: 1.5 },
    { label: 'Diplomacy', pattern: S(['переговор', 'встреч', 'осудил', 'призвал']), weight: 0.5 },
  ],
  fr: [
    { label: 'Armed clash', pattern: S(['affrontement', 'combat', 'accrochage', 'échange de tirs', 'tirs', 'incursion', 'attaque']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['bombardement', 'artillerie', 'obus', 'mortier', 'roquette', 'missile']), weight: 1 },
    { label: 'Air/drone strike', pattern: S(['drone', 'frappe aérienne']), weight: 1 },
    { label: 'Agreement', pattern: S(['cessez-le-feu', 'accord', 'échange de prisonniers', 'trêve']), weight: 1.5 },
    { label: 'Diplomacy', pattern: S(['négociation', 'pourparler', 'condamn', 'appel']), weight: 0.5 },
  ],
  de: [
    { label: 'Armed clash', pattern: S(['Zusammenstö', 'Gefecht', 'Kämpfe', 'Kampf', 'Schusswechsel', 'Angriff', 'Feuergefecht']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['Beschuss', 'Artillerie', 'Granat', 'Mörser', 'Rakete', 'beschoss']), weight: 1 },
    { label: 'Air/drone strike', pattern: S(['Drohne', 'Luftangriff']), weight: 1 },
    { label: 'Agreement', pattern: S(['Waffenstillstand', 'Waffenruhe', 'Abkommen', 'Gefangenenaustausch', 'Vereinbarung']), weight: 1.5 },
  ],
  es: [
    { label: 'Armed clash', pattern: S(['enfrentamiento', 'combate', 'choque', 'tiroteo', 'ataque']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['bombardeo', 'artiller', 'obús', 'mortero', 'cohete', 'misil']), weight: 1 },
    { label: 'Air/drone strike', pattern: S(['dron']), weight: 1 },
    { label: 'Agreement', pattern: S(['alto el fuego', 'acuerdo', 'intercambio de prisioneros', 'canje', 'tregua']), weight: 1.5 },
  ],
  it: [
    { label: 'Armed clash', pattern: S(['scontr', 'combattiment', 'attacc', 'sparator']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['bombardament', 'artiglieri', 'mortai', 'razz', 'missil']), weight: 1 },
    { label: 'Air/drone strike', pattern: S(['drone', 'droni']), weight: 1 },
    { label: 'Agreement', pattern: S(['cessate il fuoco', 'accordo', 'scambio di prigionieri', 'tregua']), weight: 1.5 },
  ],
  pt: [
    { label: 'Armed clash', pattern: S(['confronto', 'combate', 'ataque', 'tiroteio']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['bombardeio', 'artilharia', 'morteiro', 'foguete', 'míssil', 'missil']), weight: 1 },
    { label: 'Air/drone strike', pattern: S(['drone']), weight: 1 },
    { label: 'Agreement', pattern: S(['cessar-fogo', 'acordo', 'troca de prisioneiros', 'trégua']), weight: 1.5 },
  ],
  nl: [
    { label: 'Armed clash', pattern: S(['gevecht', 'botsing', 'schermutseling', 'aanval']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['beschieting', 'artillerie', 'granaat', 'mortier', 'raket']), weight: 1 },
    { label: 'Air/drone strike', pattern: S(['drone']), weight: 1 },
    { label: 'Agreement', pattern: S(['staakt-het-vuren', 'wapenstilstand', 'akkoord', 'gevangenenruil']), weight: 1.5 },
  ],
  tr: [
    { label: 'Armed clash', pattern: S(['çatışma', 'saldırı', 'çarpışma', 'provokasyon']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['bombardıman', 'topçu', 'havan', 'roket', 'füze', 'ateş aç']), weight: 1 },
    { label: 'Air/drone strike', pattern: S(['insansız hava', 'İHA', 'SİHA', 'dron']), weight: 1 },
    { label: 'Agreement', pattern: S(['ateşkes', 'anlaşma', 'esir takası', 'mutabakat']), weight: 1.5 },
    { label: 'Analysis', pattern: S(['yıl dönümü', 'anma', 'katliam']), weight: 1 },
  ],
  ar: [
    { label: 'Armed clash', pattern: 'اشتباك\\p{L}*|قتال\\p{L}*|معارك|معركة|مواجهات|العمليات القتالية', weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: 'قصف\\p{L}*|مدفعي\\p{L}*|صاروخ\\p{L}*|قذائف', weight: 1 },
    { label: 'Air/drone strike', pattern: 'طائرة مسيرة|طائرات مسيرة|مسيّرة|درون', weight: 1 },
    { label: 'Agreement', pattern: 'وقف إطلاق النار|وقف اطلاق النار|اتفاق\\p{L}*|تبادل الأسرى|هدنة', weight: 1.5 },
  ],
  fa: [
    { label: 'Armed clash', pattern: 'نبرد|درگیری|جنگ|حمله', weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: 'گلوله‌باران|گلوله باران|توپخانه|خمپاره|موشک', weight: 1 },
    { label: 'Agreement', pattern: 'آتش‌بس|آتش بس|توافق|تبادل اسرا', weight: 1.5 },
  ],
  et: [
    { label: 'Armed clash', pattern: S(['lahing', 'kokkupõrge', 'rünnak', 'tulevahetus']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['raketi', 'suurtükiväe', 'mürsk', 'pommita', 'raketitabamus']), weight: 1 },
    { label: 'Agreement', pattern: S(['relvarahu', 'kokkulepe', 'vangide vahetus']), weight: 1.5 },
  ],
  is: [
    { label: 'Armed clash', pattern: S(['átök', 'bardag', 'skotbardag', 'árás', 'ráðist', 'ráðast', 'sókn']), weight: 1 },
    { label: 'Shelling/artillery/missile attack', pattern: S(['stórskotalið', 'sprengjuárás', 'eldflaug', 'fallbyss']), weight: 1 },
    { label: 'Agreement', pattern: S(['vopnahlé', 'samkomulag', 'fangaskipti']), weight: 1.5 },
  ],
};
