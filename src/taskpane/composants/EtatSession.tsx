import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { sommaireDe, useSession } from "../etat/session";
import { T } from "../textes";

const useStyles = makeStyles({
  pile: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * Messages de la session : erreur (jamais avalée), message de la dernière action, onglets en
 * cours de mise à jour, action en cours avec sa progression.
 */
export function EtatSession() {
  const s = useStyles();
  const { session, etat } = useSession();
  const [ferme, setFerme] = useState<string | null>(null);
  const message = etat.message && etat.message !== ferme ? etat.message : null;
  const nonReconnu = sommaireDe(etat)?.nonReconnu;
  return (
    <div className={s.pile}>
      {etat.erreur ? (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>
              {etat.statut === "erreur" ? T.etat.erreurTitre : T.etat.erreurAction}
            </MessageBarTitle>
            {etat.erreur}
          </MessageBarBody>
          {etat.statut === "erreur" ? (
            <MessageBarActions>
              <Button onClick={() => void session.charger()}>{T.reessayer}</Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {message ? (
        <MessageBar intent="success">
          <MessageBarBody>{message}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={T.fermerMessage}
                icon={<DismissRegular />}
                onClick={() => setFerme(message)}
              />
            }
          />
        </MessageBar>
      ) : null}
      {nonReconnu ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{T.etat.nonReconnuTitre}</MessageBarTitle>
            {nonReconnu}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {etat.perimes.length > 0 && !etat.action ? (
        <MessageBar intent="info">
          <MessageBarBody>{T.etat.perimes(etat.perimes.length)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {etat.action && etat.analyse ? (
        <Field
          validationMessage={etat.progression?.libelle ?? T.etat.enCours(etat.action)}
          validationState="none"
        >
          <ProgressBar
            aria-label={T.etat.enCours(etat.action)}
            value={etat.progression?.fraction}
            max={1}
          />
        </Field>
      ) : null}
    </div>
  );
}
