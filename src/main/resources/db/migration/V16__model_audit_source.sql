-- Every deployment is audited, whichever path it came by: the deployment's source (modeler, engine REST, Desktop Modeler, start-up).
alter table model_deployment_audit add column source varchar(100);
