# Réparabilité, durabilité et environnement

REP-01 = Un manuel de réparation est publié
    .requirement = Le fabricant publie un manuel de réparation qui couvre les pièces pouvant être réparées ou remplacées.
    .rationale = Les instructions rendent la réparation possible pour les propriétaires et les réparateurs indépendants, et évitent que des produits en état de marche finissent en décharge.
    .consumer = Vous trouvez des instructions pour réparer l’appareil.

REP-02 = Pièces détachées pendant au moins cinq ans
    .requirement = Les pièces détachées restent disponibles pendant au moins 5 ans après la fin de la commercialisation du produit.
    .rationale = Un produit ne dure que le temps de sa pièce la plus fragile ; des pièces détachées disponibles transforment une panne en réparation.
    .consumer = Vous pouvez acheter des pièces de rechange pendant au moins cinq ans après le retrait de l’appareil des magasins.

REP-03 = Vous pouvez remplacer la batterie
    .requirement = L’utilisateur peut remplacer lui-même la batterie du produit.
    .rationale = Les batteries s’usent bien avant l’électronique ; une batterie inamovible transforme une petite réparation en nouvel achat.
    .consumer = Quand la batterie est usée, vous pouvez la changer vous-même.

REP-04 = Pièces de rechange sans déverrouillage
    .requirement = Les pièces de rechange d’origine et les pièces de rechange tierces fonctionnent sans devoir être appairées à l’appareil par le fabricant.
    .rationale = Les verrous logiciels sur les pièces bloquent la réparation indépendante et font du fabricant le seul à pouvoir réparer le produit.
    .consumer = Les pièces neuves fonctionnent sans que l’entreprise ait à les déverrouiller.

REP-05 = S’ouvre avec des outils courants
    .requirement = Le produit peut être ouvert pour réparation avec des outils couramment disponibles.
    .rationale = Les vis spéciales et les boîtiers collés rendent la réparation coûteuse, voire impossible, pour la plupart des gens.
    .consumer = Vous pouvez ouvrir l’appareil avec des outils ordinaires.

REP-06 = Fonctionne encore après la fin du support
    .requirement = L’appareil conserve ses fonctions locales après l’arrêt du service en ligne du fabricant, ou son propriétaire peut installer un autre micrologiciel une fois le support terminé. Un produit qui n’utilise aucun service en ligne satisfait à ce critère.
    .rationale = Un produit qui fonctionne ne devrait pas devenir un déchet parce qu’un serveur est éteint ; le fonctionnement local ou la liberté d’installer un autre logiciel lui offre une seconde vie.
    .consumer = L’appareil ne deviendra pas un objet inutile si l’entreprise ferme ses serveurs.

REP-07 = Reprise pour réemploi et recyclage
    .requirement = Le fabricant indique publiquement comment le produit peut être rapporté en fin de vie pour être réemployé ou recyclé.
    .rationale = L’électronique contient des matériaux précieux et dangereux ; un moyen simple de la rapporter lui évite de finir dans les ordures ménagères.
    .consumer = Vous savez où rapporter l’appareil quand vous n’en voulez plus, pour qu’il soit réutilisé ou recyclé.

REP-08 = Faible consommation en veille
    .requirement = En veille avec maintien de la connexion au réseau, le produit ne consomme pas plus de 2,0 watts.
    .rationale = Les produits connectés restent allumés jour et nuit ; de petites pertes en veille finissent par représenter une consommation d’énergie et un coût réels au fil des ans.
    .consumer = L’appareil consomme très peu d’électricité quand il ne sert pas.
