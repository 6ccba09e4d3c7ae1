# Interopérabilité et ouverture

INT-01 = Prend en charge une norme ouverte
    .requirement = Le produit prend en charge au moins une norme d’interopérabilité ouverte et publiée, telle que Matter, Thread, Zigbee, Z-Wave, MQTT ou ONVIF.
    .rationale = Les normes ouvertes permettent aux produits de fabricants différents de fonctionner ensemble, et préservent l’utilité d’un appareil avec de nouveaux concentrateurs et de nouvelles applications si son fabricant quitte le marché.
    .consumer = L’appareil parle un langage commun : il fonctionne avec d’autres marques.

INT-02 = Interface locale documentée pour d’autres logiciels
    .requirement = L’appareil offre une interface locale que d’autres logiciels peuvent utiliser directement, sans le service en ligne du fabricant, et sa documentation est publique.
    .rationale = Une interface locale documentée permet aux propriétaires et à d’autres développeurs de piloter eux-mêmes l’appareil, même si le service du fabricant disparaît.
    .consumer = D’autres applications peuvent piloter l’appareil directement, sans passer par l’entreprise.

INT-03 = Interface en ligne ouverte à égalité de conditions
    .requirement = Le service en ligne du fabricant offre aux applications d’autres entreprises une interface documentée donnant accès aux mêmes fonctions que celles dont dispose l’application du fabricant.
    .rationale = Lorsque les autres applications bénéficient du même accès que celle du fabricant, chacun peut choisir le logiciel qu’il préfère.
    .consumer = Les applications d’autres entreprises peuvent utiliser le service aussi bien que l’application officielle.

INT-04 = Service ouvert aux appareils d’autres marques
    .requirement = Le service en ligne du fabricant accepte les appareils produits par d’autres fabricants.
    .rationale = Un service ouvert permet de combiner les marques et évite d’enfermer les gens dans le matériel d’un seul fabricant.
    .consumer = Vous pouvez connecter des appareils d’autres marques au même service.

INT-05 = Code source ou plans publiés
    .requirement = Le fabricant publie au moins l’un des éléments suivants : le code source du micrologiciel, le code source de l’application, le code source du back-end ou les fichiers de conception du matériel.
    .rationale = Le code et les plans publiés permettent à chacun de vérifier ce que fait réellement le produit, et à d’autres d’en assurer la maintenance lorsque le fabricant cesse de le faire.
    .consumer = Une partie du code ou des plans de l’appareil est publique : des experts peuvent les vérifier et les faire vivre.

INT-06 = Prise en charge d’une norme certifiée
    .requirement = La prise en charge des normes ouvertes revendiquées par le produit est attestée par au moins un certificat de conformité, tel qu’un certificat Matter.
    .rationale = Un certificat délivré par l’organisme à l’origine d’une norme montre que le produit fonctionne réellement avec d’autres, et pas seulement que son fabricant l’affirme.
    .consumer = Un test indépendant confirme que l’appareil fonctionne avec la norme qu’il annonce.
