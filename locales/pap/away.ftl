away-button = Mi no ta aki
away-button-for = No ta aki
away-ask = ✈️ Te ki dia bo no ta aki? Te e dia ei bo no ta haña rekordatorio.
away-ask-for = ✈️ Te ki dia { $name } no ta aki?
away-2-weeks = 2 siman
away-1-month = 1 luna
away-2-months = 2 luna
away-3-months = 3 luna
away-a-date = Un fecha
away-back-button = Mi a bolbe
away-ask-date = Ki dia bo ta bolbe? Por ehempel: 1 sèptèmber.
away-bad-date = Mi no por a lesa e dia ei. Skirbi e dia i e luna, por ehempel: 1 sèptèmber.
away-set = ✈️ Pasa bon! Te { $until } bo no ta haña rekordatorio. Nos ta warda pa mira bo atrobe.
away-set-for = ✈️ Anotá: { $name } no ta aki te { $until }.
away-set-by-leader = ✈️ Bo guia a anotá cu bo no ta aki te { $until }. Te e dia ei bo no ta haña rekordatorio. Pasa bon!
away-back-now = 🏠 Bon bini bek! Bo ta haña rekordatorio atrobe.
away-back-for = 🏠 Anotá: { $name } a bolbe.
member-away = ✈️ { $name } no ta aki te { $until }: te e dia ei no tin rekordatorio.
member-back = 🏠 { $name } a bolbe.
away-until = te { $until }
away-welcome-back = 🌷 Bon bini bek! Nos a faltá bo. E siguiente reunion ta { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
away-welcome-back-none = 🌷 Bon bini bek! Nos a faltá bo. Bo guia lo bisa bo tocante e siguiente reunion.
