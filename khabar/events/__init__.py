"""khabar.events: PLOVER events with factuality, for Arabic and English news.

Stage ``events`` (``khabar.events.stage``) fills ``Document.events``. For every sentence:

- triggers: per-token lookups in compiled lexicons (``data/ar_triggers.txt``, ``data/en_triggers.txt``):
  verbs with generated inflections, event nouns, light verb + noun (فرض عقوبات، وقع اتفاقا، شن غارات,
  imposed sanctions), two-word nouns (وقف إطلاق النار، حظر التجول) and English phrases; Arabic
  morphology constrains matches (ال/ب/ة allow only nouns, so البحث is never "discussed");
- governors (رفض، طالب، هدد، نفى أن، refused, urged, threatened, denied that) embed the event after them;
- factuality (``factuality.py``): clause-scoped polarity and modality cues, and attribution
  (بحسب وكالة تاس، according to Reuters, a quotation attributed to an outlet) with its source entity;
- participants: entities of the sentence (metonymy is carried by ``Entity.stands_for``), group nouns
  (الشرطة، المتظاهرون، police, protesters; ``data/ar_agents.txt``) and, for English without NER,
  capitalised noun phrases; created entities are appended to ``doc.entities``;
- place (sentence, else the dateline, with ``place_source``), date (a ``doc.times`` value in the
  sentence, else the publication date, with ``date_source``);
- in-article dedup: one event per happening, its tellings (sentence and trigger) in ``Event.mentions``.

``plover_type(event)`` gives PLOVER's own coding of intent (will visit -> AGREE, will boycott ->
THREATEN, failed to agree -> REJECT); khabar keeps the action with its modality.
"""
