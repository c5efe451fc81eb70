<#assign v = p.visitors>
## Visitors' use of mobile and smart technology

- Parents/carers and visitors, including volunteers and contractors, are expected to ensure that:
<#if v.visitorAup>
  - they have read and signed our visitor and volunteer ${w.acceptableUse}.
</#if>
<#if v.phonesAllowedIn?has_content>
  - mobile phones and personal devices are only used within ${fmt.or(v.phonesAllowedIn)}, and are not permitted in areas with ${w.children}.
<#else>
  - use of mobile phones is limited: conversations should not be held on site in public areas, and phones should remain out of sight at all times.
</#if>
<#if v.photographyAtEvents??>
  - at the start of each event where parents are on site, a notice will be given about the expectations for taking photographs: ${v.photographyAtEvents}
</#if>
<@m.visitorClauses/>
