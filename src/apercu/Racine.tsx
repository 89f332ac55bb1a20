import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { HoteInstalle } from "../gateway/host-simule";
import { Apercu } from "./Apercu";
import { adresseExemple, chargerHote, EXEMPLES, installer } from "./charger";
import { ChoixClasseur } from "./ChoixClasseur";
import { lireFichierNavigateur } from "./ouvrir-fichier";
import { TA } from "./textes";

interface Ouvert {
  readonly hote: HoteInstalle;
  readonly nom: string;
  readonly exemple: string | null;
  readonly avertissements: readonly string[];
  readonly n: number;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Racine de l'aperçu : le classeur ouvert (exemple servi avec la page, ou fichier du disque lu
 * dans le navigateur), remplacé à chaque ouverture — le volet repart de zéro, comme en rouvrant
 * un classeur dans Excel.
 */
export function Racine() {
  const [ouvert, setOuvert] = useState<Ouvert | null>(null);
  const [enCours, setEnCours] = useState<string | null>(TA.chargement);
  const [erreur, setErreur] = useState<string | null>(null);

  const ouvrir = useCallback(
    async (
      nom: string,
      exemple: string | null,
      lire: () => Promise<Omit<Ouvert, "nom" | "exemple" | "n">>,
    ) => {
      setEnCours(exemple ? TA.chargement : TA.ouverture(nom));
      setErreur(null);
      try {
        const r = await lire();
        setOuvert((o) => ({ ...r, nom, exemple, n: (o?.n ?? 0) + 1 }));
      } catch (e) {
        setErreur(message(e));
      } finally {
        setEnCours(null);
      }
    },
    [],
  );

  const surExemple = useCallback(
    (id: string) => {
      const titre = EXEMPLES.find((e) => e.id === id)?.titre ?? id;
      void ouvrir(titre, id, async () => ({
        hote: await chargerHote(adresseExemple(id)),
        avertissements: [],
      }));
    },
    [ouvrir],
  );

  const surFichier = useCallback(
    (f: File) => {
      void ouvrir(f.name, null, async () => {
        const lu = await lireFichierNavigateur(new Uint8Array(await f.arrayBuffer()), f.name);
        return { hote: installer(lu.snapshot), avertissements: lu.avertissements };
      });
    },
    [ouvrir],
  );

  useEffect(() => surExemple("exemple"), [surExemple]);

  const barre = (
    <>
      <ChoixClasseur
        exemple={ouvert?.exemple ?? null}
        surFichier={surFichier}
        surExemple={surExemple}
      />
      <Text role="status">{enCours ?? (ouvert ? TA.classeurOuvert(ouvert.nom) : "")}</Text>
      {erreur ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TA.ouvertureImpossible}</MessageBarTitle>
            {erreur}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {ouvert && ouvert.avertissements.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TA.avertissements}</MessageBarTitle>
            {ouvert.avertissements.join(" ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );

  if (!ouvert) {
    return (
      <FluentProvider theme={webLightTheme}>
        <main>
          {barre}
          {enCours ? <Spinner label={enCours} /> : null}
          {erreur ? <Text>{TA.erreurTitre}</Text> : null}
        </main>
      </FluentProvider>
    );
  }
  return <Apercu key={ouvert.n} hote={ouvert.hote} barre={barre} surDepot={surFichier} />;
}
