/**
 * The words the change classifier reads as signals of substance. Each list is small and closed on purpose: a
 * signal must be unambiguous in these plans' English, because a false "changed" is cheap to check while a
 * substantive edit called "reworded" is what a reporter would quote.
 */

/** Polarity: a change in how many of these a clause holds reverses what it says. ("non-" compounds are words of their own.) */
export const NEGATORS = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'without', 'cannot', "can't", "won't", "don't", "doesn't", 'none', 'nothing', 'nobody', 'nowhere',
  // Verbs that deny or forbid: "a provision prohibiting membership" says what "will not be admitted" says.
  'refrain', 'refrains', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'ban', 'bans', 'banned', 'banning', 'bar', 'bars', 'barred', 'barring',
  'forbid', 'forbids', 'forbidden', 'exclude', 'excludes', 'excluded', 'renounce', 'renounces', 'renounced', 'reject', 'rejects', 'rejected',
]);

/** Modal strength of a commitment. */
export type Modality = 'obligation' | 'expectation' | 'possibility';
export const MODALS: [RegExp, Modality][] = [
  [/\b(shall|must|is to|are to|will|agrees? to|commits? to|undertakes? to|is obliged to|are obliged to|is required to|are required to)\b/gi, 'obligation'],
  [/\b(should|(?:is|are) (?:not )?expected (?:not )?to|expects? that|it is expected)\b/gi, 'expectation'],
  [/\b(may|might|can|could|is eligible|are eligible|is entitled|are entitled|will consider|would consider|is invited to)\b/gi, 'possibility'],
];

/**
 * Conditions and deadlines: phrases that make a provision depend on something or set when it applies. A phrase
 * added or removed changes when, or whether, the provision applies.
 */
export const CONDITIONS: RegExp[] = [
  /\b(if|unless|until|once|following|provided that|on condition that|subject to|only after|only if|in the event (?:of|that)|upon|unconditional|unconditionally|as soon as possible|immediately|no later than|within \S+ (?:days|hours|weeks|months|years)|in peacetime|in wartime|(?:after|following) (?:the|a|an) (?:[a-z-]+ ){0,2}(?:is|are|has|have|was|were) (?:been )?(?:signed|agreed|concluded|ratified|reached)|(?:after|following) the (?:signing|conclusion|ratification) of|before (?:the|a|an) [a-z-]+)\b/gi,
];

/**
 * Parties and bodies: who guarantees, pays, monitors, chairs or signs. Aliases map to one name so a spelling
 * change ("U.S." for "United States") is not a change of actor.
 */
export const ACTORS: [RegExp, string][] = [
  [/\b(United States(?: of America)?|USA|US|America(?:n)?|Washington)\b/g, 'the United States'],
  [/\b(Russian Federation|Russia|Russian|Moscow|Kremlin)\b/g, 'Russia'],
  [/\b(Ukraine|Ukrainian|Kyiv|Kiev)\b/g, 'Ukraine'],
  [/\b(European Union|EU)\b/g, 'the EU'],
  [/\b(Europe|European(?! Union)|E3)\b/g, 'Europe'],
  [/\b(NATO|North Atlantic (?:Treaty Organi[sz]ation|Alliance)|Alliance|allies|Allied|allied)\b/g, 'NATO'],
  [/\b(IAEA|International Atomic Energy Agency)\b/g, 'the IAEA'],
  [/\b(United Nations|UN|Security Council|UNSC)\b/g, 'the UN'],
  [/\b(Board of Peace|Peace Council|Council of Peace)\b/g, 'the Board of Peace'],
  [/\b(Hamas)\b/g, 'Hamas'],
  [/\b(Israel|Israeli|IDF|Israel Defen[cs]e Forces)\b/g, 'Israel'],
  [/\b(Palestinian Authority|PA)\b/g, 'the Palestinian Authority'],
  [/\b(Egypt|Egyptian)\b/g, 'Egypt'],
  [/\b(Qatar|Qatari)\b/g, 'Qatar'],
  [/\b(Turkey|Türkiye|Turkish)\b/g, 'Turkey'],
  [/\b(Poland|Polish)\b/g, 'Poland'],
  [/\b(G7|G8|G20)\b/g, 'the G8'],
  [/\b(Congress|Rada|Duma|parliament|Parliament)\b/g, 'a parliament'],
  [/\b(World Bank)\b/g, 'the World Bank'],
  [/\b(International Stabili[sz]ation Force|ISF)\b/g, 'the ISF'],
  [/\b(Red Crescent|Red Cross)\b/g, 'the Red Crescent'],
  [/\b(Trump|President of the United States)\b/g, 'President Trump'],
];

/** Places whose naming sets where a provision applies. */
export const PLACES: [RegExp, string][] = [
  [/\b(Crimea)\b/g, 'Crimea'],
  [/\b(Donetsk)\b/g, 'Donetsk'],
  [/\b(Luhansk|Lugansk)\b/g, 'Luhansk'],
  [/\b(Kherson)\b/g, 'Kherson'],
  [/\b(Zaporizhzhia|Zaporizhia|Zaporozhye)\b/g, 'Zaporizhzhia'],
  [/\b(Donbas|Donbass)\b/g, 'Donbas'],
  [/\b(Black Sea)\b/g, 'the Black Sea'],
  [/\b(Dnipro|Dnieper)\b/g, 'the Dnipro'],
  [/\b(Kinburn)\b/g, 'Kinburn'],
  [/\b(Rafah)\b/g, 'Rafah'],
  [/\b(West Bank)\b/g, 'the West Bank'],
  [/\b(Gaza)\b/g, 'Gaza'],
  [/\b(Line of Contact|line of contact|contact line)\b/g, 'the line of contact'],
];

/** Words that widen or narrow what a provision covers. */
export const SCOPE_WORDS = new Set(['only', 'permanent', 'permanently', 'temporary', 'temporarily', 'partial', 'partially', 'facto', 'jure', 'interim', 'provisional', 'provisionally', 'indefinitely', 'exclusively']);
