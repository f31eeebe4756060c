package io.pulse.messaging.intelligence.engine;

/**
 * One thing that moved a sentiment score, for the explanation: a lexicon word, an emoji, or a rule (negation,
 * intensifier, dampener, contrast, capitals, punctuation, elongation, or a phrase or idiom) and how much it added to the raw sum
 * (on the lexicon's -4..4 scale, before normalisation).
 *
 * @param kind   word, emoji, emoticon, phrase, negation, intensifier, dampener, contrast, capitals, punctuation, elongation,
 *               or model (the model's reason for its label, effect its score on the same -4..4 scale)
 * @param text   the token or punctuation it concerns
 * @param effect what it added to the raw valence sum (negative pulls down)
 */
public record SentimentSignal(String kind, String text, double effect) {
}
