/**
 * A small English stopword list: function words plus the news reporting verbs `said`/`says`
 * and honorifics, which appear in nearly every quote sentence of a news story and would
 * otherwise link unrelated sentences in the TextRank graph.
 *
 * The sentence splitter also uses it: after an abbreviation such as `U.S.`, a capitalised
 * stopword (`The`, `He`) most likely starts a new sentence, while `U.S. Navy` does not.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before " +
    "being below between both but by can can't could couldn't did didn't do does doesn't doing don't " +
    "down during each few for from further had hadn't has hasn't have haven't having he her here hers " +
    "herself him himself his how i if in into is isn't it its itself just me more most my myself no nor " +
    'not now of off on once only or other our ours ourselves out over own same she should so some such ' +
    'than that the their theirs them themselves then there these they this those through to too under ' +
    "until up very was wasn't we were weren't what when where which while who whom why will with won't " +
    "would wouldn't you your yours yourself yourselves said says mr mrs ms dr"
  ).split(' '),
);
