# Autonomie et contrôle de l’utilisateur

AGY-01 = La réinitialisation rétablit les réglages d’usine sûrs
    .requirement = Après une réinitialisation aux paramètres d’usine, le produit revient à sa configuration par défaut sécurisée.
    .rationale = La réinitialisation permet de se remettre d’une erreur ou d’une attaque ; elle ne doit jamais laisser l’appareil moins sûr qu’il ne l’était à l’état neuf.
    .consumer = Réinitialiser l’appareil le remet dans ses réglages d’usine sûrs.

AGY-02 = Vous savez ce qui fonctionne sans internet
    .requirement = Le fabricant indique si les fonctions essentielles fonctionnent sans connexion à internet et, si ce n’est pas le cas de toutes, décrit en termes simples ce qui cesse de fonctionner.
    .rationale = Les pannes, les fermetures de services et les choix en matière de vie privée peuvent tous couper un produit d’internet ; les acheteurs doivent savoir à l’avance ce qu’ils perdraient.
    .consumer = On vous dit ce qui fonctionne encore quand internet est coupé.

AGY-03 = Fonctionne entièrement sans internet
    .requirement = Toutes les fonctions essentielles du produit fonctionnent sans connexion à internet.
    .rationale = Un produit qui ne dépend d’aucun service distant continue de fonctionner pendant les pannes et après la fermeture d’un service en ligne, et il envoie moins de données vers l’extérieur.
    .consumer = Tout ce pour quoi l’appareil est conçu fonctionne encore sans internet.

AGY-04 = Aucun compte nécessaire
    .requirement = Toutes les fonctions essentielles fonctionnent sans compte auprès du fabricant, et le produit n’en exige pas.
    .rationale = Les comptes collectent des informations personnelles et lient le produit à un service susceptible de disparaître ; beaucoup de produits n’ont besoin ni de l’un ni de l’autre.
    .consumer = Vous pouvez utiliser l’appareil sans vous inscrire auprès de l’entreprise.

AGY-05 = Les fonctions facultatives se désactivent une à une
    .requirement = L’utilisateur peut désactiver séparément chaque fonction facultative et chaque utilisation facultative de ses données.
    .rationale = Les choix « tout ou rien » poussent les gens à partager plus qu’ils ne le souhaitent ; des réglages distincts leur permettent de ne garder que ce qui compte pour eux.
    .consumer = Vous pouvez désactiver les options dont vous ne voulez pas, une par une.

AGY-06 = Vous pouvez couper l’appareil du cloud
    .requirement = L’utilisateur peut déconnecter l’appareil du service en ligne du fabricant et continuer à l’utiliser.
    .rationale = Couper le lien avec le cloud est la mesure de protection de la vie privée la plus forte qui soit, et une solution de repli lorsque le service tombe en panne.
    .consumer = Vous pouvez empêcher l’appareil de communiquer avec les serveurs de l’entreprise tout en continuant à l’utiliser.

AGY-07 = Pas d’abonnement pour les fonctions essentielles
    .requirement = Aucune fonction essentielle du produit ne nécessite d’abonnement payant.
    .rationale = Les fonctions soumises à abonnement peuvent être retirées ou changer de prix après l’achat ; chacun doit conserver ce qu’il a payé.
    .consumer = Vous n’aurez pas à payer sans cesse pour les principales fonctions de l’appareil.
