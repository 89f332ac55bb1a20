import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** Erreur ou avertissement propre à une vue (texte déjà en français). */
export function MessageLocal({ texte }: { readonly texte: string | null }) {
  if (!texte) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{texte}</MessageBarBody>
    </MessageBar>
  );
}
