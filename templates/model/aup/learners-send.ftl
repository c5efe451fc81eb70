<#-- Learners' AUP, simplified version (for learners with special educational needs and disabilities,
     of any year group): very short statements, one idea each. The layout adds a box for a drawing or
     symbol, and the slip. The phone statements follow the school's rule for all its year groups. -->
<#import "/_macros-aup.ftl" as am>
<#assign ey = m.earlyYearsSetting()>
These are my rules for using technology safely at ${school.shortName}. An adult will go through them with me.

## I stay safe

- I ask an adult before I go online.
- I use the websites and apps an adult shows me.
- I keep my password secret.
- I do not share my address online.
- I do not share my phone number online.
- <#if am.formYears()?filter(y -> y.hasAdults())?has_content>If I am under 18, I<#else>I</#if> do not meet people I only know online.

## I am kind

- I am kind online.
- I only send friendly messages.
- I ask before I take a photo of someone.

## I am careful

- I only use games and apps for my age.
<@clause id="ai-tools" source="policygen" meets="generativeAi">
- I only use AI tools when an adult says I can.
</@clause>
<#-- A later model edition's statements for this list (templates/editions/<edition>/aup/learners-send-edition.ftl). -->
<#include "/aup/learners-send-edition.ftl" ignore_missing=true>
<#if !ey>
- I know adults can see what I do on ${w.setting} computers.
</#if>

## Phones and devices

<@am.learnerPhones simple=true/>

## I tell an adult

- If something online worries me, I tell an adult.
- If I see something I do not like, I turn off the screen.
- It is not my fault if I see something upsetting.
