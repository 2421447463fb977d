away-button = Ik ben weg
away-button-for = Afwezig
away-ask = ✈️ Tot wanneer bent u weg? Tot dan krijgt u geen herinneringen.
away-ask-for = ✈️ Tot wanneer is { $name } weg?
away-2-weeks = 2 weken
away-1-month = 1 maand
away-2-months = 2 maanden
away-3-months = 3 maanden
away-a-date = Een datum
away-back-button = Ik ben terug
away-ask-date = Op welke dag bent u terug? Bijvoorbeeld: 1 september.
away-bad-date = Die dag kon ik niet lezen. Schrijf de dag en de maand, bijvoorbeeld: 1 september.
away-set = ✈️ Een fijne tijd! Tot { $until } krijgt u geen herinneringen. We zien u graag weer.
away-set-for = ✈️ Genoteerd: { $name } is weg tot { $until }.
away-set-by-leader = ✈️ Uw groepsbegeleider heeft genoteerd dat u weg bent tot { $until }. Tot dan krijgt u geen herinneringen. Een fijne tijd!
away-back-now = 🏠 Welkom terug! U krijgt de herinneringen weer.
away-back-for = 🏠 Genoteerd: { $name } is terug.
member-away = ✈️ { $name } is weg tot { $until }: tot dan geen herinneringen.
member-back = 🏠 { $name } is terug.
away-until = tot { $until }
away-welcome-back = 🌷 Welkom terug! We hebben u gemist. De volgende bijeenkomst is op { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
away-welcome-back-none = 🌷 Welkom terug! We hebben u gemist. Uw groepsbegeleider vertelt u over de volgende bijeenkomst.
