# Nenga, pousa un miembro, muchu mensahe na mes momento, e dokumento di datonan.

not-allowed = Despensá, esei no ta posibel pa bo. Manda "yudansa" pa mira loke bo por hasi.
paused-not-passed-on = Pa awor nos no ta pasa bo mensahenan. Por fabor, papia ku bo guia di grupo na e siguiente reunion.
too-fast = Bo ta manda hopi mensahe na mes momento. Por fabor, warda un minüt; nos no a pasa e último mensahenan.
mydata-file = 📎 Tur bo datonan den un dokumento.
mm-pause = Pousa mensahe
mm-unpause = Sigui ku mensahe
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ Nos no ta pasa mensahenan di { $name } pa bo mas. E ta sigui haña e rekordatorionan.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ Nos ta pasa mensahenan di { $name } pa bo atrobe.
# Variables:
#   $group (string) - the group's name
mm-paused-you = Bo guia di grupo di { $group } a pousa bo mensahenan pa awor. Bo ta sigui haña e rekordatorionan.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = Nos ta pasa bo mensahenan pa e guia di grupo di { $group } atrobe.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = Tambe ku bos
mm-voice-off = Solamente teksto
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 { $name } ta haña e mensahenan awor tambe komo mensahe di bos.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 { $name } ta haña e mensahenan awor solamente komo teksto.
