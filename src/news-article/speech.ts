import { primarySubtag } from '../i18n/messages.js';

/** The browser's speech synthesis, when it has one. Read on each use so tests and polyfills can supply it. */
export const synth = (): SpeechSynthesis | undefined =>
  (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;

/** A voice for the article's language (`vi` → a Vietnamese voice), or undefined when the browser has none. */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  const wanted = lang.toLowerCase();
  const primary = primarySubtag(lang);
  return (
    voices.find((voice) => voice.lang.toLowerCase().replace('_', '-') === wanted) ??
    voices.find((voice) => primarySubtag(voice.lang.replace('_', '-')) === primary)
  );
}

/** Voices arrive after page load in Chromium: call `listener` when the list changes. */
export function onVoicesChanged(listener: () => void): () => void {
  const speech = synth();
  speech?.addEventListener?.('voiceschanged', listener);
  return () => speech?.removeEventListener?.('voiceschanged', listener);
}

/**
 * Queues the text paragraph by paragraph: Chromium's voices stop a single long utterance after about
 * fifteen seconds. `onEnd` runs after the last one (or after a cancel).
 */
export function speak(paragraphs: string[], voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const speech = synth();
  if (!speech) return;
  speech.cancel();
  const parts = paragraphs.map((text) => text.trim()).filter(Boolean);
  parts.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice.lang;
    try {
      utterance.voice = voice;
    } catch {
      // A polyfilled voice list may hand out plain objects; the language alone still picks a voice.
    }
    if (index === parts.length - 1) {
      utterance.addEventListener('end', onEnd);
      utterance.addEventListener('error', onEnd);
    }
    speech.speak(utterance);
  });
}
