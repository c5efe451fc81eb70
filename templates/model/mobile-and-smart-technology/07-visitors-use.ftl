<#import "/_learner-devices.ftl" as ld>
<#assign v = p.visitors>
<@clause id="title">
## Visitors' use of mobile and smart technology
</@clause>

<@clause id="parents-carers-visitors">
<#-- The opening sentence leads a list: printed only when the school chose at least one item of it
     (inside the clause, so a group's own wording of this clause still prints). -->
<#if v.visitorAup || v.phonesAllowedIn?has_content || v.noCallsInPublicAreas || v.photographyAtEvents??>
- Parents/carers and visitors, including volunteers and contractors, are expected to ensure that:
<#if v.visitorAup>
<@clause id="have-read-signed">
  - they have read and signed our visitor and volunteer ${w.acceptableUse}.
</@clause>
</#if>
<#if v.phonesAllowedIn?has_content>
<@clause id="mobile-phones-personal">
<#-- Events are an exception only where the school makes them one (visitors.phones_at_events): a rule for photographs
     at events may as well forbid them. -->
  - mobile phones and personal devices are only used within ${fmt.or(v.phonesAllowedIn)}, and are not permitted in areas with ${w.children}<#if v.phonesAtEvents>, except at events where parents are on site<#if v.photographyAtEvents?? && !ld.omitted("mobile.visitors-use.start-each-event")>, as below</#if></#if>.
</@clause>
</#if>
<#if v.noCallsInPublicAreas>
<@clause id="public-areas">
<#-- Beside the areas where phones may be used, "out of sight at all times" would forbid what the bullet above allows. -->
  - use of mobile phones is limited: conversations should not be held on site in public areas, and phones should remain out of sight<#if v.phonesAllowedIn?has_content> outside ${fmt.or(v.phonesAllowedIn)}<#else> at all times</#if>.
</@clause>
</#if>
<#if v.photographyAtEvents??>
<@clause id="start-each-event">
  <#-- The school's rule only: a notice at the start of each event is one school's practice (Hildenborough words it in its profile). -->
  - at events where parents are on site, ${v.photographyAtEvents?trim?uncap_first?remove_ending(".")}.
</@clause>
</#if>
</#if>
</@clause>
<@m.visitorClauses/>
