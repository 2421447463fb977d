away-button = Estoy fuera
away-button-for = Fuera
away-ask = ✈️ ¿Hasta cuándo estará fuera? Hasta entonces no recibirá recordatorios.
away-ask-for = ✈️ ¿Hasta cuándo estará fuera { $name }?
away-2-weeks = 2 semanas
away-1-month = 1 mes
away-2-months = 2 meses
away-3-months = 3 meses
away-a-date = Una fecha
away-back-button = Ya volví
away-ask-date = ¿Qué día vuelve? Por ejemplo: 1 de septiembre.
away-bad-date = No pude leer ese día. Escriba el día y el mes, por ejemplo: 1 de septiembre.
away-set = ✈️ ¡Que le vaya bien! Hasta el { $until } no recibirá recordatorios. Le esperamos.
away-set-for = ✈️ Anotado: { $name } está fuera hasta el { $until }.
away-set-by-leader = ✈️ Su guía anotó que está fuera hasta el { $until }. Hasta entonces no recibirá recordatorios. ¡Que le vaya bien!
away-back-now = 🏠 ¡Qué bien tenerle de vuelta! Vuelve a recibir los recordatorios.
away-back-for = 🏠 Anotado: { $name } ha vuelto.
member-away = ✈️ { $name } está fuera hasta el { $until }: sin recordatorios hasta entonces.
member-back = 🏠 { $name } ha vuelto.
away-until = hasta el { $until }
away-welcome-back = 🌷 ¡Qué bien tenerle de vuelta! Le echamos de menos. La próxima reunión es el { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
away-welcome-back-none = 🌷 ¡Qué bien tenerle de vuelta! Le echamos de menos. Su guía le contará la próxima reunión.
