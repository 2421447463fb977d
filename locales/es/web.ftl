# La página web para coordinadores y responsables de grupo
menu-web = Página web
web-link = 🖥 Su enlace a la página web:
    { $url }
    Le deja entrar una vez, en { $minutes } minutos. No lo comparta: abre la página a su nombre.
web-staff-only = La página web es para responsables de grupo y coordinadores.
web-not-running = La página web no está activada. Pregunte a su coordinador.
web-page-title = samen
web-signin-title = Entrar
web-signin-text = Aquí no hay contraseñas. Envíe “web” a samen en Telegram o WhatsApp: recibirá un enlace para entrar. Funciona una vez, en 10 minutos.
web-login-expired = Este enlace para entrar ha caducado.
web-login-used = Este enlace para entrar ya se ha usado.
web-login-unknown = Este enlace para entrar no es válido.
web-login-again = Envíe “web” a samen para recibir un enlace nuevo.
web-signout = Salir
web-signed-in-as = Ha entrado como { $name }
web-overview = Resumen
web-forbidden = No puede abrir esta página.
web-form-expired = Este formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
web-group = Grupo
web-leaders = Responsables
web-members = Participantes
web-languages = Idiomas
web-next-meeting = Próximo encuentro
web-no-leader = Sin responsable
web-nothing-planned = Nada previsto
web-no-groups = Todavía no hay grupos.
web-language = Idioma
