<#-- Outcomes First Group's wording of one model clause (mobile.learners-use.calling-home); the rest of the section follows the model. -->
- If a ${w.child} needs to contact their parents or carers whilst on site, they will be allowed to use ${lp.contactHomeVia!(m.a(w.setting) + " phone")}<#if p.people.callsHome??>; ${p.people.callsHome.called} will help them</#if>.
- Parents/carers are advised to contact their child via the ${w.setting} office<@clause id="calling-home-exceptions">; exceptions may be permitted on a case-by-case basis, as approved by the ${w.leader}</@clause>.
