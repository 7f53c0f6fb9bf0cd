/**
 * The rumour engine, in plain Java: knowledge base, gazetteer, lexicon ({@code rumours/<lang>/*.txt}), the
 * trained models, extractors, summaries, grounding check, and story clustering behind the {@code StoryStore}
 * port. Depends on no other package of the bot.
 */
package dev.rumourmill.rumours;
