// Speaker tags (issue 4): a tag with the speaker's name, role and colour at the start of every turn.
import type { Feature } from '../content/features';
import { mountSpeakerTags } from './mount';
import { langOf } from '../engine/kind-words';

export const speakerTags: Feature = {
  id: 'speaker-tags',
  modelBound: true,
  enabled: (settings, model) => settings.speakerTags && model.transcript,
  init: ({ doc, model, signal, quietly, uiLanguage }) => void mountSpeakerTags(doc, model, signal, quietly, langOf(uiLanguage)),
};
